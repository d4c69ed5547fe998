namespace Formulate.Tests.Accuracy.Practice;

public enum MedicationSupport
{
    None,
    Prompting,
    Administering,

    /// <summary>Time-critical or trained tasks (e.g. Parkinson's medicines at set times, rescue medicine).</summary>
    Complex,
}
