namespace Formulate.Engine.Chc;

/// <summary>The eleven domains of the NHS Continuing Healthcare Checklist (National Framework 2018, revised 2022).</summary>
public enum ChcDomain
{
    Breathing,
    Nutrition,
    Continence,
    SkinIntegrity,
    Mobility,
    Communication,
    PsychologicalAndEmotional,
    Cognition,
    Behaviour,
    DrugTherapies,
    AlteredStatesOfConsciousness,
}
