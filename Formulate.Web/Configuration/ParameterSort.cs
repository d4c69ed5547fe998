namespace Formulate.Web.Configuration;

/// <summary>The columns of the rates page that sort.</summary>
public enum ParameterSort
{
    Name,
    Area,
    Value,
    From,
    Warnings,
}
