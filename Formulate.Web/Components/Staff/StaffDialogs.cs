using Microsoft.JSInterop;
using MudBlazor;

namespace Formulate.Web.Components.Staff;

/// <summary>Confirmations in a dialog that gives focus back to the control that opened it, as WCAG's focus order expects.</summary>
public sealed class StaffDialogs(IDialogService dialogs, IJSRuntime js)
{
    /// <param name="id">Names the dialog, its question ("{id}-heading") and text ("{id}-text"); the question then takes focus as it opens.</param>
    public async Task<bool> ConfirmAsync(string title, string text, string confirmText, bool destructive = false, string? id = null)
    {
        await js.InvokeVoidAsync("formulateStaff.rememberFocus");
        var parameters = new DialogParameters<ConfirmDialog>
        {
            { dialog => dialog.Title, title },
            { dialog => dialog.Text, text },
            { dialog => dialog.ConfirmText, confirmText },
            { dialog => dialog.Destructive, destructive },
            { dialog => dialog.Id, id },
        };
        var reference = await dialogs.ShowAsync<ConfirmDialog>(title, parameters);
        var result = await reference.Result;
        await js.InvokeVoidAsync("formulateStaff.returnFocus");
        return result is { Canceled: false };
    }
}
