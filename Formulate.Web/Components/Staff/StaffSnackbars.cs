using MudBlazor;

namespace Formulate.Web.Components.Staff;

/// <summary>
/// "Saved" and "not saved" as snackbars, shown and hidden at once rather than faded: a fading snackbar passes through
/// colours that fail contrast, and the in-page message a screen reader hears is still there besides.
/// </summary>
public static class StaffSnackbars
{
    public static void Saved(this ISnackbar snackbar, string message) => Show(snackbar, message, Severity.Success);

    public static void Failed(this ISnackbar snackbar, string message) => Show(snackbar, message, Severity.Error);

    /// <summary>Something done, but not all of it, such as a batch of letters that produced none.</summary>
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
