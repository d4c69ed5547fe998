namespace Formulate.Engine.Quality;

public enum QaSeverity
{
    /// <summary>Worth knowing; nothing may be wrong.</summary>
    Information,

    /// <summary>Probably wrong or missing; check before sign-off.</summary>
    Warning,

    /// <summary>Must be resolved before the estimate is relied on.</summary>
    Important,
}
