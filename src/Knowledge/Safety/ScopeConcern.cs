namespace CpcCoach.Knowledge.Safety;

/// <summary>The part of a request that is outside an educational communication coach's scope (frameworks.md §24).</summary>
public enum ScopeConcern
{
    /// <summary>Nothing out of scope: a communication question.</summary>
    None,

    /// <summary>Medication doses, titrations, conversions, tapers, drip rates, maximums.</summary>
    Dosing,

    /// <summary>Writing, placing or choosing orders or order sets (DNR, CMO, sedation) for a patient.</summary>
    Orders,

    /// <summary>A particular patient's survival odds or time left, especially from labs or vitals.</summary>
    PatientPrognosis,

    /// <summary>A clinical decision for the team: operate or not, place a PEG, withdraw now, hospice eligibility.</summary>
    ClinicalDecision,

    /// <summary>Legal or compliance determinations: who is the legal surrogate, POA vs proxy, capacity law, billing codes.</summary>
    Legal,
}
