using System.Text.Json;
using System.Text.Json.Nodes;
using Formulate.Engine.Estimation;
using Formulate.Engine.Json;

namespace Formulate.Data.SignOff;

/// <summary>Whether an estimate snapshot's result went to panel under the council's policy on the high-end cap.</summary>
public static class EstimatePanelReferral
{
    /// <summary>The referral, or null when there is none or the result cannot be read.</summary>
    public static PanelReferral? Read(JsonNode? result)
    {
        try
        {
            return result?["panelReferral"] is JsonObject referral ? referral.Deserialize<PanelReferral>(FormulateJson.Options) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// The amount above which a submission needs two approvals: the council's approval limit, or the cap where the
    /// estimate went to panel and the cap is lower, so that a budget above the cap is never agreed by one manager.
    /// </summary>
    public static decimal ApprovalLimit(decimal councilLimit, PanelReferral? referral) =>
        referral is not null && referral.Cap < councilLimit ? referral.Cap : councilLimit;
}
