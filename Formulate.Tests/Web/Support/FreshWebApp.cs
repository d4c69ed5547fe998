namespace Formulate.Tests.Web.Support;

/// <summary>
/// A class fixture for tests of what the app does as it starts (readiness, damage, where it keeps its keys): one app
/// that migrates and seeds its own new database, never a copy of the template.
/// </summary>
public sealed class FreshWebApp : IDisposable
{
    public FormulateWebFactory App { get; } = FormulateWebFactory.WithFreshDatabase();

    public void Dispose() => App.Dispose();
}
