using MudBlazor;

namespace Formulate.Web.Components.Staff;

/// <summary>
/// "Saved" and "failed" in a snackbar, shown at once rather than faded in: while it fades, its text and background are
/// nearly the same colour, which fails contrast for anyone reading it then.
/// </summary>
public static class StaffSnackbars
{
    public static void Saved(this ISnackbar snackbar, string message) => Show(snackbar, message, Severity.Success);

    public static void Failed(this ISnackbar snackbar, string message) => Show(snackbar, message, Severity.Error);

    public static void Warned(this ISnackbar snackbar, string message) => Show(snackbar, message, Severity.Warning);

    private static void Show(ISnackbar snackbar, string message, Severity severity)
    {
        ArgumentNullException.ThrowIfNull(snackbar);
        snackbar.Add(message, severity, options =>
        {
            options.ShowTransitionDuration = 0;
            options.HideTransitionDuration = 0;
        });
    }
}
