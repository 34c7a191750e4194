#!/usr/bin/env python3
"""Checks the SARIF reports sarif_test.sh wrote into WORK against the SARIF 2.1.0 schema and,
result by result, against the JSON reports of the same files.
   sarif_check.py SCHEMA WORK UNICODE_SPEC"""
import json
import os
import sys
import urllib.parse

import jsonschema

KINDS = ["race", "deadlock", "assertion", "init_before_use", "runtime_error", "single_init",
         "exactly_once", "happens_before", "final", "livelock"]
RULE_IDS = KINDS + ["spec_error"]
FINGERPRINT = "initcheckInstance/v1"


def fail(message):
    print("FAIL " + message)
    sys.exit(1)


def check(condition, message):
    if not condition:
        fail(message)


def load_valid(validator, path):
    document = json.load(open(path, encoding="utf-8"))
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
    for error in errors[:5]:
        print(f"FAIL {path}: {list(error.path)}: {error.message}")
    if errors:
        sys.exit(1)
    check(document["version"] == "2.1.0" and len(document["runs"]) == 1, f"{path}: one 2.1.0 run")
    return document


def expected_uri(path):
    if os.path.isabs(path):
        return "file://" + urllib.parse.quote(path, safe="/")
    return urllib.parse.quote(path, safe="/")


def code_point_column(path, base, line, column):
    with open(os.path.join(base, path), "rb") as source:
        text = source.read().split(b"\n")[line - 1]
    return len(text[:column - 1].decode("utf-8")) + 1


def check_physical(physical, location, base, what):
    path = location["file"]
    artifact = physical["artifactLocation"]
    check(artifact["uri"] == expected_uri(path), f"{what}: uri {artifact['uri']} for {path}")
    check(("uriBaseId" in artifact) == (not os.path.isabs(path)), f"{what}: uriBaseId")
    if location["line"] == 0:
        check("region" not in physical, f"{what}: a region for an unknown line")
        return
    region = physical["region"]
    column = code_point_column(path, base, location["line"], location["column"])
    check(region["startLine"] == location["line"], f"{what}: startLine")
    check(region["startColumn"] == column, f"{what}: startColumn {region['startColumn']} != {column}")


def check_code_flow(result, trace, what):
    flows = result.get("codeFlows", [])
    check(len(flows) == 1 and flows[0]["threadFlows"], f"{what}: no threadFlow")
    thread_flows = flows[0]["threadFlows"]
    steps = [step for flow in thread_flows for step in flow["locations"]]
    check(all("executionOrder" in step for step in steps), f"{what}: a step without executionOrder")
    orders = sorted(step["executionOrder"] for step in steps)
    check(orders == list(range(1, max(len(trace), 1) + 1)), f"{what}: executionOrders {orders}")
    if not trace:
        return
    threads = list(dict.fromkeys(step["thread"] for step in trace))
    check([flow["id"] for flow in thread_flows] == threads, f"{what}: threadFlows {threads}")
    for flow in thread_flows:
        check(flow["message"]["text"] == flow["id"], f"{what}: threadFlow message")
        previous = 0
        for step in flow["locations"]:
            event = trace[step["executionOrder"] - 1]
            check(step["executionOrder"] > previous, f"{what}: thread steps out of order")
            previous = step["executionOrder"]
            check(event["thread"] == flow["id"], f"{what}: step in the wrong threadFlow")
            check(step["location"]["message"]["text"] == event.get("explanation", event["action"]),
                  f"{what}: step action")
            essential = "essential" if event.get("violating") else "important"
            check(step["importance"] == essential, f"{what}: importance of {event['action']}")
            if event["event"] in ("lock", "unlock"):
                kind = "acquire" if event["event"] == "lock" else "release"
                check(kind in step["kinds"], f"{what}: kinds of {event['action']}")


def check_rules(run, what):
    rules = run["tool"]["driver"]["rules"]
    check([rule["id"] for rule in rules] == RULE_IDS, f"{what}: rules {[r['id'] for r in rules]}")
    for rule in rules:
        for field in ("name", "shortDescription", "fullDescription", "help"):
            check(field in rule, f"{what}: rule {rule['id']} without {field}")
        check(rule["help"]["text"] and rule["help"]["markdown"], f"{what}: rule {rule['id']} help")
    for result in run["results"]:
        check(rules[result["ruleIndex"]]["id"] == result["ruleId"], f"{what}: ruleIndex")
    return rules


def check_violation(result, violation, base, what):
    kind = violation["kind"]
    check(result["ruleId"] == kind and result["level"] == "error", f"{what}: ruleId/level")
    check(result["message"]["text"] == violation["message"], f"{what}: message")
    check_physical(result["locations"][0]["physicalLocation"], violation["location"], base, what)
    related = result.get("relatedLocations", [])
    others = violation.get("same_mistake", [])
    check(len(related) == len(violation["related"]) + len(others), f"{what}: relatedLocations")
    check(kind != "race" or related, f"{what}: a race without relatedLocations")
    for location, other in zip(related[len(violation["related"]):], others):
        check(location["message"]["text"] == "the same mistake in a like thread: " + other["message"],
              f"{what}: same-mistake message")
        check_physical(location["physicalLocation"], other["location"], base, what)
    check(not others or result["properties"]["instances"] == 1 + len(others), f"{what}: instances")
    for number, (location, place) in enumerate(zip(related, violation["related"]), 1):
        check(location["id"] == number, f"{what}: related id")
        check(location["message"]["text"] == place["description"], f"{what}: related message")
        check_physical(location["physicalLocation"], place["location"], base, what)
    fingerprint = result["partialFingerprints"][FINGERPRINT]
    check(fingerprint == kind + ":" + violation["instance"], f"{what}: fingerprint {fingerprint}")
    check_code_flow(result, violation["trace"], what)


def count_notifications(run, descriptor):
    notifications = run["invocations"][0].get("toolExecutionNotifications", [])
    return sum(1 for n in notifications if n["descriptor"]["id"] == descriptor)


def check_invocation(run, files, what):
    invocation = run["invocations"][0]
    internal = sum(len(f.get("internal_errors", [])) for f in files)
    check(invocation["executionSuccessful"] == (internal == 0), f"{what}: executionSuccessful")
    expected = {"internal_error": internal,
                "engine_note": sum(len(f.get("notes", [])) for f in files),
                "limit_reached": sum(1 for f in files if f.get("limit")),
                "bounds_hit": sum(1 for f in files if f.get("bounds_hit")),
                "test_failed": sum(1 for f in files if not f.get("test", {"passed": True})["passed"])}
    for descriptor, count in expected.items():
        found = count_notifications(run, descriptor)
        check(found == count, f"{what}: {found} {descriptor} notifications, expected {count}")


def compare(sarif, report, base, what):
    """The SARIF run against the JSON report of the same files; returns the result count."""
    run, files = sarif["runs"][0], report["files"]
    check_rules(run, what)
    check_invocation(run, files, what)
    paths = list(dict.fromkeys(f["path"] for f in files))
    artifacts = [a["location"]["uri"] for a in run["artifacts"]]
    check(artifacts == [expected_uri(p) for p in paths], f"{what}: artifacts")
    expected = []
    for f in files:
        if f["verdict"] == "spec_error":
            for diagnostic in f["diagnostics"]:
                if diagnostic["severity"] == "error":
                    expected.append(("spec_error", diagnostic))
        else:
            # One result per root cause, its other instances as related locations.
            for i, v in enumerate(f["violations"]):
                if v["root_cause"] == i:
                    others = [o for j, o in enumerate(f["violations"]) if j != i and o["root_cause"] == i]
                    expected.append((v["kind"], dict(v, same_mistake=others)))
    results = run["results"]
    check(len(results) == len(expected), f"{what}: {len(results)} results, {len(expected)} expected")
    for index, (result, (kind, item)) in enumerate(zip(results, expected)):
        where = f"{what}: result {index + 1} ({kind} in {item['location']['file']})"
        if kind == "spec_error":
            check(result["ruleId"] == "spec_error", f"{where}: ruleId")
            check(result["message"]["text"] == item["message"], f"{where}: message")
            check_physical(result["locations"][0]["physicalLocation"], item["location"], base, where)
        else:
            check_violation(result, item, base, where)
    return len(results)


def load_json(path):
    return json.load(open(path, encoding="utf-8"))


def main():
    schema_path, work, unicode_spec = sys.argv[1:4]
    schema = load_json(schema_path)
    jsonschema.Draft4Validator.check_schema(schema)
    validator = jsonschema.Draft4Validator(schema)
    sarif = {name: load_valid(validator, os.path.join(work, name + ".sarif"))
             for name in ("a", "b", "smt", "relative", "test", "errors", "golden", "fixes")}

    corpus = load_json(os.path.join(work, "a.json"))
    results = compare(sarif["a"], corpus, "/", "corpus")
    runs = sarif["a"]["runs"][0]
    races = sum(1 for r in runs["results"] if r["ruleId"] == "race")
    steps = sum(len(f["locations"]) for r in runs["results"] for f in r["codeFlows"][0]["threadFlows"])
    check(races > 0, "corpus: no race found")
    print(f"PASS corpus: {len(corpus['files'])} files, {results} results ({races} races, "
          f"{steps} threadFlowLocations), valid, matching the JSON report")

    # check_physical compared every column with the code points before it; here they differ
    # from the bytes.
    unicode = [v for f in corpus["files"] if f["path"] == unicode_spec for v in f["violations"]]
    check(any(code_point_column(unicode_spec, "/", v["location"]["line"], v["location"]["column"])
              != v["location"]["column"] for v in unicode), "unicode spec: no column after é")
    relative = sarif["relative"]["runs"][0]
    location = relative["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    check(location == {"uri": "dir%20with%20space/%C3%A9%20x.ic", "uriBaseId": "%SRCROOT%"},
          f"relative path: {location}")
    check("%SRCROOT%" in relative["originalUriBaseIds"], "relative path: no originalUriBaseIds")
    print("PASS uris: percent-encoded, relative against %SRCROOT%, columns in code points")

    smt = sarif["smt"]["runs"][0]
    # The smt run leaves out tests/smt_known_differences.txt (see smt_corpus_files.sh).
    with open(os.path.join(work, "smt_files.count")) as count:
        check(len(smt["properties"]["stats"]) == int(count.read()), "smt: stats per file")
    check(all(r["codeFlows"][0]["threadFlows"] for r in smt["results"]), "smt: codeFlows")
    print(f"PASS smt --stats: {len(smt['results'])} results, valid")

    tests = load_json(os.path.join(work, "test.json"))
    results = compare(sarif["test"], tests, "/", "test --sarif")
    print(f"PASS test --sarif: {len(tests['files'])} files, {results} results, valid")

    errors = load_json(os.path.join(work, "errors.json"))
    results = compare(sarif["errors"], errors, "/", "spec errors")
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in sarif["errors"]["runs"][0]["results"]}
    check(all(r["ruleId"] == "spec_error" for r in sarif["errors"]["runs"][0]["results"]),
          "spec errors: a result that is not spec_error")
    check(len(uris) == len(errors["files"]), "spec errors: a rejected file without a result")
    print(f"PASS spec errors: {len(errors['files'])} files, {results} spec_error results, valid")

    fixed = [r for r in sarif["fixes"]["runs"][0]["results"] if r.get("fixes")]
    check(len(fixed) >= 10, f"--suggest-fixes: only {len(fixed)} results with fixes")
    for result in fixed:
        for fix in result["fixes"]:
            check(fix["description"]["text"].endswith(")") and "verified: " in fix["description"]["text"],
                  f"fix description: {fix['description']['text']}")
            for change in fix["artifactChanges"]:
                check(change["artifactLocation"] == result["locations"][0]["physicalLocation"]["artifactLocation"],
                      "fix: the change is not to the result's file")
                for replacement in change["replacements"]:
                    region = replacement["deletedRegion"]
                    check(region["startLine"] == region["endLine"] and region["startColumn"] <= region["endColumn"],
                          f"fix: a region that is not a piece of one line: {region}")
    print(f"PASS --suggest-fixes: {len(fixed)} results with verified fixes, valid")

    here = os.path.dirname(os.path.abspath(__file__))
    golden = load_json(os.path.join(here, "golden", "dcl_plain_flag_bug.json"))
    compare(sarif["golden"], golden, os.path.dirname(os.path.dirname(here)), "golden")
    print("PASS golden: valid, matching the JSON golden")


main()
