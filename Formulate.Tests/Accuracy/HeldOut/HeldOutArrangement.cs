namespace Formulate.Tests.Accuracy.HeldOut;

/// <summary>How support at home is arranged: by the council through an agency, or on a direct payment.</summary>
public enum HeldOutArrangement
{
    Agency,
    DirectPaymentAgency,
    DirectPaymentPersonalAssistant,
}
