namespace Formulate.Tests.Browser.Support;

// Browser tests drive a real app and Chromium; run alone so that other suites do not starve them of the two cores.
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserTestGroup : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
