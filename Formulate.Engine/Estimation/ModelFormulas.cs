namespace Formulate.Engine.Estimation;

/// <summary>The formulas a model's parameters can weight; a model names its own in <c>formula</c>.</summary>
public static class ModelFormulas
{
    /// <summary>Minutes per activity and hours per outcome (formulate-core@2025.1); a model that names no formula uses it.</summary>
    public const string ByActivity = "by-activity";

    /// <summary>Care built the way it is planned: calls, shared core and one-to-one hours, sessions, fees by type and band.</summary>
    public const string CareAsPlanned = "care-as-planned";

    public static IReadOnlyList<string> All { get; } = [ByActivity, CareAsPlanned];
}
