namespace Formulate.Engine.Parameters;

public enum ParameterChangeKind
{
    /// <summary>The parameter is only in the newer set.</summary>
    Added,

    /// <summary>The parameter is only in the older set.</summary>
    Removed,

    /// <summary>Both sets have the parameter, with different values, label, unit or description.</summary>
    Changed,
}
