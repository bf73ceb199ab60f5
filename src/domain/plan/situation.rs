//! The person's lifestyle and situation (stock-take question 2), and their industry.

use serde::{Deserialize, Serialize};

use super::Id;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Situation {
    /// Factors picked from our list, in the order of `Factor::ALL`.
    pub factors: Vec<Factor>,
    /// Factors the person wrote themselves.
    pub own_factors: Vec<OwnFactor>,
    pub notes: String,
}

/// A lifestyle or social factor from our list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Factor {
    ParentOfYoungChildren,
    Caregiver,
    NewcomerToCountry,
    ChangingCareers,
    ReturningToWork,
    FirstLeadershipRole,
    WorkingInSecondLanguage,
    FirstInFamilyProfessional,
    LivingWithDisability,
    RuralOrRemote,
    PartTimeOrFlexible,
    /// Added in link format 4, as is the next.
    UnderRepresented,
    OlderWorker,
}

impl Factor {
    pub const ALL: [Factor; 13] = [
        Factor::ParentOfYoungChildren,
        Factor::Caregiver,
        Factor::NewcomerToCountry,
        Factor::ChangingCareers,
        Factor::ReturningToWork,
        Factor::FirstLeadershipRole,
        Factor::WorkingInSecondLanguage,
        Factor::FirstInFamilyProfessional,
        Factor::LivingWithDisability,
        Factor::RuralOrRemote,
        Factor::PartTimeOrFlexible,
        Factor::UnderRepresented,
        Factor::OlderWorker,
    ];
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnFactor {
    pub id: Id,
    pub name: String,
}

/// A part of the person's situation that a mentor can share.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SituationRef {
    Listed(Factor),
    Own(Id),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Industry {
    Technology,
    FinanceAndAccounting,
    HealthCare,
    Education,
    PublicService,
    RetailAndHospitality,
    TradesAndManufacturing,
    NonProfit,
    CreativeAndMedia,
    ProfessionalServices,
}

impl Industry {
    pub const ALL: [Industry; 10] = [
        Industry::Technology,
        Industry::FinanceAndAccounting,
        Industry::HealthCare,
        Industry::Education,
        Industry::PublicService,
        Industry::RetailAndHospitality,
        Industry::TradesAndManufacturing,
        Industry::NonProfit,
        Industry::CreativeAndMedia,
        Industry::ProfessionalServices,
    ];
}
