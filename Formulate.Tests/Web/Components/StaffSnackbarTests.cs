using Bunit;
using Formulate.Tests.Web.Components.Support;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Formulate.Tests.Web.Components;

/// <summary>"Saved" and "failed" on interactive pages come as MudBlazor snackbars; a screen reader must hear them.</summary>
public sealed class StaffSnackbarTests : StaffComponentTest
{
    [Fact]
    public void Provider_BeforeAnyMessage_AlreadyHasTheLiveRegion()
    {
        // A live region added together with its message is often not read out: it must be there first.
        var provider = Context.Render<MudSnackbarProvider>();

        provider.Find("#mud-snackbar-container").GetAttribute("role").ShouldBe("status");
    }

    [Fact]
    public async Task Add_Message_ShownInsideTheLiveRegion()
    {
        var provider = Context.Render<MudSnackbarProvider>();
        var snackbars = Context.Services.GetRequiredService<ISnackbar>();

        await provider.InvokeAsync(() => snackbars.Add("Rate saved", Severity.Success));

        provider.Find("[role=status] .mud-snackbar").TextContent.ShouldContain("Rate saved");
    }
}
