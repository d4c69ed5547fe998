namespace Formulate.Tests.Accuracy.HeldOut;

/// <summary>An area of daily life a need can be in, after the Care Act outcomes (SI 2015/313).</summary>
public enum HeldOutArea
{
    Hygiene,
    Toileting,
    Dressing,
    Nutrition,
    HomeSafety,
    HomeEnvironment,
    Relationships,
    Community,
    Work,
    ChildCare,
}
