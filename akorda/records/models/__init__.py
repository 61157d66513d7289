"""The release record: catalogs, meetings, their figures and instructions."""
from akorda.records.models.catalog import Indicator, Programme
from akorda.records.models.items import Fact, Instruction, ReviewStatus
from akorda.records.models.meetings import ExtractionRun, Meeting, MeetingSource
from akorda.records.models.translations import TranslationCheck

__all__ = [
    "ExtractionRun", "Fact", "Indicator", "Instruction", "Meeting", "MeetingSource",
    "Programme", "ReviewStatus", "TranslationCheck",
]
