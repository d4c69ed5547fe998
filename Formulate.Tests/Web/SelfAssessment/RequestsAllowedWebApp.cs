namespace Formulate.Tests.Web.SelfAssessment;

/// <summary>The self-assessment app of a council that lets people ask for a self-assessment without an invitation.</summary>
public sealed class RequestsAllowedWebApp : IDisposable
{
    public SelfAssessmentWebApp Web { get; } = new(new Dictionary<string, string?> { ["Formulate:SelfAssessment:AllowRequests"] = "true" });

    public void Dispose() => Web.Dispose();
}
