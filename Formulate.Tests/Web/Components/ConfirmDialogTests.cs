using Bunit;
using Formulate.Tests.Web.Components.Support;
using Formulate.Web.Components.Staff;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Formulate.Tests.Web.Components;

public sealed class ConfirmDialogTests : StaffComponentTest
{
    private async Task<(IRenderedComponent<MudDialogProvider> Provider, IDialogReference Dialog)> ShowAsync()
    {
        var provider = Context.Render<MudDialogProvider>();
        var parameters = new DialogParameters<ConfirmDialog>
        {
            { dialog => dialog.Title, "Publish this version?" },
            { dialog => dialog.Text, "It applies from 1 April 2027." },
            { dialog => dialog.ConfirmText, "Yes, publish version" },
        };
        var service = Context.Services.GetRequiredService<IDialogService>();
        var reference = await provider.InvokeAsync(() => service.ShowAsync<ConfirmDialog>("Publish this version?", parameters));
        return (provider, reference);
    }

    [Fact]
    public async Task Show_Dialog_IsAModalLabelledByItsTitle()
    {
        var (provider, _) = await ShowAsync();

        var dialog = provider.Find("[role=dialog]");
        dialog.GetAttribute("aria-modal").ShouldBe("true");
        var title = provider.Find($"#{dialog.GetAttribute("aria-labelledby")}");
        title.TextContent.ShouldBe("Publish this version?");
        title.TagName.ShouldBe("H2");
        dialog.TextContent.ShouldContain("It applies from 1 April 2027.");
    }

    [Fact]
    public async Task Confirm_Clicked_ClosesWithOk()
    {
        var (provider, reference) = await ShowAsync();

        await provider.FindAll("button").Single(button => button.TextContent.Trim() == "Yes, publish version").ClickAsync(new());

        var result = await reference.Result;
        result.ShouldNotBeNull().Canceled.ShouldBeFalse();
        result.Data.ShouldBe(true);
    }

    [Fact]
    public async Task Cancel_Clicked_ClosesCancelled()
    {
        var (provider, reference) = await ShowAsync();

        await provider.FindAll("button").Single(button => button.TextContent.Trim() == "Cancel").ClickAsync(new());

        (await reference.Result).ShouldNotBeNull().Canceled.ShouldBeTrue();
    }

    [Fact]
    public async Task StaffDialogs_Confirmed_RemembersThenReturnsFocusAndSaysYes()
    {
        var provider = Context.Render<MudDialogProvider>();
        var dialogs = new StaffDialogs(Context.Services.GetRequiredService<IDialogService>(), Context.JSInterop.JSRuntime);

        var asked = provider.InvokeAsync(() => dialogs.ConfirmAsync("Delete the sample?", "Its reports go too.", "Yes, delete", destructive: true));
        provider.WaitForElement("[role=dialog]");
        Context.JSInterop.VerifyInvoke("formulateStaff.rememberFocus");
        await provider.FindAll("button").Single(button => button.TextContent.Trim() == "Yes, delete").ClickAsync(new());

        (await asked).ShouldBeTrue();
        Context.JSInterop.VerifyInvoke("formulateStaff.returnFocus");
    }

    [Fact]
    public async Task StaffDialogs_Cancelled_SaysNo()
    {
        var provider = Context.Render<MudDialogProvider>();
        var dialogs = new StaffDialogs(Context.Services.GetRequiredService<IDialogService>(), Context.JSInterop.JSRuntime);

        var asked = provider.InvokeAsync(() => dialogs.ConfirmAsync("Delete the sample?", "Its reports go too.", "Yes, delete"));
        provider.WaitForElement("[role=dialog]");
        await provider.FindAll("button").Single(button => button.TextContent.Trim() == "Cancel").ClickAsync(new());

        (await asked).ShouldBeFalse();
    }
}
