namespace Formulate.Data.SignOff;

/// <summary>Whether a proposal is the same as the estimate it was made from.</summary>
public enum QueueDifference
{
    Any,
    Same,
    Different,
}
