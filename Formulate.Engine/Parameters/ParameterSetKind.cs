namespace Formulate.Engine.Parameters;

public enum ParameterSetKind
{
    /// <summary>The core weightings: minutes, factors, deductions. Calibrated against samples.</summary>
    Model,

    /// <summary>A council's rates and policy decisions.</summary>
    Configuration,
}
