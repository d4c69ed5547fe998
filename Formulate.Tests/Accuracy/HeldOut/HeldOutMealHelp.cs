namespace Formulate.Tests.Accuracy.HeldOut;

/// <summary>The help a person needs with meals.</summary>
public enum HeldOutMealHelp
{
    PrepareOnly,
    PrepareAndAssist,
    AssistToEat,
}
