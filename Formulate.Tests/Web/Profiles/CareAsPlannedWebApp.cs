using Formulate.Tests.Web.Support;

namespace Formulate.Tests.Web.Profiles;

/// <summary>The web app of a council that chose the care-as-planned model (<c>Formulate:Engine:Model</c>), on a database of its own.</summary>
public sealed class CareAsPlannedWebApp : IDisposable
{
    public const string Model = "formulate-core@2026.1";

    public FormulateWebFactory Factory { get; } = new(new Dictionary<string, string?> { ["Formulate:Engine:Model"] = Model });

    public void Dispose() => Factory.Dispose();
}
