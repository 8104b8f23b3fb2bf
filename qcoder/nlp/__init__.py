"""On-device language processing with spaCy: sentences, lemmas, named entities,
de-identification and code suggestions. Nothing leaves the machine.

spaCy is imported lazily (on the first analysis), never when this package is imported.
"""

from qcoder.nlp.corpus import cached_sentences, sentences
from qcoder.nlp.pipeline import PipelineInfo, pipeline_info
from qcoder.nlp.spans import sentence_at, snap_to_sentences

__all__ = ["PipelineInfo", "pipeline_info", "sentence_at", "sentences", "cached_sentences", "snap_to_sentences"]
