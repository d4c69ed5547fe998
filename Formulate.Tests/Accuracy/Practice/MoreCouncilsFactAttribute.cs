namespace Formulate.Tests.Accuracy.Practice;

/// <summary>A measurement too long for every run (a minute or two): run only when FORMULATE_MORE_COUNCILS is 1.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class MoreCouncilsFactAttribute : FactAttribute
{
    public const string Variable = "FORMULATE_MORE_COUNCILS";

    public MoreCouncilsFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(Variable) != "1")
        {
            Skip = $"Measures many more councils, a minute or two: set {Variable}=1 to run it.";
        }
    }
}
