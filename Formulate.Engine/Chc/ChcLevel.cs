namespace Formulate.Engine.Chc;

/// <summary>A Checklist level: A is the highest need. NotApplicable: the answers needed to predict it were not given.</summary>
public enum ChcLevel
{
    A,
    B,
    C,
    NotApplicable,
}
