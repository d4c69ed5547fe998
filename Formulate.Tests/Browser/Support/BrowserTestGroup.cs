namespace Formulate.Tests.Browser.Support;

/// <summary>
/// The browser tests fall into two groups, each with its own app and Chromium, which run side by side: each test spends
/// most of its time waiting for the page, so two at once take little more than one. <c>scripts/test.sh</c> runs the
/// browser tests apart from the rest of the suite, so that other tests never starve them of the two cores.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserTestGroup : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
