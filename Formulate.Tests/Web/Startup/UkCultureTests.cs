using System.Globalization;
using Formulate.Data.Entities;
using Formulate.Tests.Web.Support;

namespace Formulate.Tests.Web.Startup;

/// <summary>A server whose own culture is not British still shows British dates and amounts.</summary>
[Collection(SharedWebAppGroup.Name)]
public sealed class UkCultureTests(FormulateWebFactory shared)
{
    [Fact]
    public async Task VersionsPage_ServerCultureIsFrench_ShowsDatesInBritishEnglish()
    {
        var userName = await shared.AddAsync(Role.ConfigurationManager, team: null);
        using var session = shared.NewSession();
        await session.SignInAsync(userName, TestAccounts.Password);
        var serverCulture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");

            var page = await session.GetPageAsync("/configuration/versions/model");

            var table = page.Document.QuerySelector("#versions")!.TextContent;
            table.ShouldContain("1 April 2025");
            table.ShouldNotContain("avril");
        }
        finally
        {
            CultureInfo.CurrentCulture = serverCulture;
        }
    }

    [Fact]
    public void Format_CultureIsGerman_WritesPoundsAndPenceTheBritishWay()
    {
        var serverCulture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");

            Formulate.Analysis.Text.Pounds.Format(1234.5m).ShouldBe("£1,234.50");
            Formulate.Web.SignOff.SignOffText.Date(new DateOnly(2026, 3, 5)).ShouldBe("5 March 2026");
        }
        finally
        {
            CultureInfo.CurrentCulture = serverCulture;
        }
    }
}
