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

    public static string TagClasses(QaSeverity severity) => severity switch
    {
        QaSeverity.Important => "govuk-tag--red",
        QaSeverity.Warning => "govuk-tag--yellow",
        _ => "govuk-tag--blue",
    };
}
