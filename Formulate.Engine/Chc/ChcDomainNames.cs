namespace Formulate.Engine.Chc;

/// <summary>Each Checklist domain's name as the Checklist prints it.</summary>
public static class ChcDomainNames
{
    public static string Of(ChcDomain domain) => domain switch
    {
        ChcDomain.Breathing => "Breathing",
        ChcDomain.Nutrition => "Nutrition",
        ChcDomain.Continence => "Continence",
        ChcDomain.SkinIntegrity => "Skin integrity",
        ChcDomain.Mobility => "Mobility",
        ChcDomain.Communication => "Communication",
        ChcDomain.PsychologicalAndEmotional => "Psychological and emotional needs",
        ChcDomain.Cognition => "Cognition",
        ChcDomain.Behaviour => "Behaviour",
        ChcDomain.DrugTherapies => "Drug therapies and medication: symptom control",
        ChcDomain.AlteredStatesOfConsciousness => "Altered states of consciousness",
        _ => domain.ToString(),
    };
}
