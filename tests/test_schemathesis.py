"""schemathesis over the OpenAPI schema: generated requests, valid and invalid, never break the API.

Each operation's strategy is driven by Hypothesis inside an ordinary test, so
the app (and its database, built once per module) comes from a fixture; the
list of operations is checked against the schema, so a new endpoint cannot
go untested.
"""

from __future__ import annotations

import warnings

import pytest
from hypothesis import HealthCheck, given, settings

with warnings.catch_warnings():  # starlette's test client asks for httpx2; httpx still works
    warnings.simplefilter("ignore", UserWarning)
    import schemathesis
    import starlette.testclient  # noqa: F401  (imported here, under the filter, before schemathesis needs it)
from schemathesis import GenerationMode

from dateline.web import create_app

from . import webdb

pytestmark = pytest.mark.slow  # fuzzes every operation over a built database

MAX_EXAMPLES = 20  # per operation and mode: enough to find unescaped or unbounded parameters, fast for `make test`
OPERATIONS = [
    "GET /api/articles", "GET /api/articles/{article_id}", "POST /api/articles", "GET /api/people",
    "GET /api/people/{entity_id}", "GET /api/person", "GET /api/quotes", "GET /api/quotes/{kb_quote_id}",
    "GET /api/conflicts", "GET /api/stats", "POST /api/analyze",
]


@pytest.fixture(scope="module")
def schema(tmp_path_factory):
    ids = webdb.build(str(tmp_path_factory.mktemp("web")))
    app = create_app(ids["db"])  # POST /api/analyze answers 403 here: its analysis is tested in test_analyze_endpoint
    # 413 (a body over --max-body, such as a text over the schema's maxLength) is a rejection too
    rejections = ["400", "401", "403", "404", "405", "406", "409", "413", "415", "422", "428", "429", "5xx"]
    config = schemathesis.Config.from_dict({"checks": {"negative_data_rejection": {"expected-statuses": rejections}}})
    yield schemathesis.openapi.from_asgi("/openapi.json", app, config=config)
    app.state.analyzer.close()
    app.state.db.close()


def test_every_operation_is_fuzzed(schema):
    found = {result.ok().label for result in schema.get_all_operations()}
    assert found == set(OPERATIONS)


CASES = [(label, mode) for label in OPERATIONS for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)
         if not (mode is GenerationMode.NEGATIVE and label == "GET /api/stats")]  # no input to get wrong


@pytest.mark.parametrize(("label", "mode"), CASES, ids=[f"{label} {mode.value}" for label, mode in CASES])
def test_operation_conforms_to_the_schema(schema, label, mode):
    method, path = label.split(" ")
    strategy = schema[path][method].as_strategy(generation_mode=mode)

    @given(case=strategy)
    @settings(max_examples=MAX_EXAMPLES, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    def check(case):
        case.call_and_validate()

    check()
