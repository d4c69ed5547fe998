namespace Formulate.Tests.Browser.Support;

/// <summary>The second group of browser tests (see <see cref="BrowserTestGroup"/>), with its own app and Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class SecondBrowserTestGroup : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser, second group";
}
