namespace Formulate.Engine.Questions;

/// <summary>Who the self-assessment speaks to: the person themselves ("you"), or someone answering about them ("they").</summary>
public enum CitizenVoice
{
    You,
    They,
}
