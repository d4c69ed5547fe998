using Formulate.Engine.Quality;

namespace Formulate.Web.Components.SignOff;

/// <summary>A warning's severity as sign-off screens name it.</summary>
public static class WarningSeverityText
{
    public static string Of(QaSeverity severity) => severity switch
    {
        QaSeverity.Important => "Important",
        QaSeverity.Warning => "Warning",
        _ => "Information",
    };

    /// <summary>The colour of the severity's <c>StaffTag</c>.</summary>
    public static string Colour(QaSeverity severity) => severity switch
    {
        QaSeverity.Important => "error",
        QaSeverity.Warning => "warning",
        _ => "primary",
    };
}
