#!/usr/bin/env python3
"""Writes N varied hosts as JSON Lines, one facts document per line, derived from the samples in facts/.

usage: bench/gen-fleet.py N [--bad-every K] [--seed S] > fleet.jsonl

Each host starts from a random sample and changes a few facts within the contract's values (build,
memory, feature states, answers), drops a fact now and then (unknown), and gets an id. With --bad-every K,
every K-th line is broken on purpose (malformed JSON or a wrong type) to exercise error records.
Deterministic for a given seed, so benchmark runs compare like with like.
"""
import glob
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = sorted(glob.glob(os.path.join(HERE, "..", "facts", "*.json")))

BUILDS = [17763, 18362, 18363, 19041, 19044, 19045, 20348, 22000, 22621, 22631, 26100]
# The display version Windows shows for each build (winver), so a changed build keeps a matching one.
DISPLAY_VERSIONS = {17763: "1809", 18362: "1903", 18363: "1909", 19041: "2004", 19044: "21H2", 19045: "22H2",
                    20348: "21H2", 22000: "21H2", 22621: "22H2", 22631: "23H2", 26100: "24H2"}
FEATURE_STATES = ["enabled", "disabled", "enable-pending"]
ANSWER_KEYS = ["docker", "windowsFsHeavyIo", "fileWatching", "guiApps", "gpuCompute", "serialPort", "usbDevices",
               "systemd", "kernelFeatures", "vpn", "lanAccess", "memoryTight", "fastStartup", "otherHypervisorVms",
               "windowsToolsOnSameFiles"]


def main():
    args = sys.argv[1:]
    n = int(args[0])
    bad_every = int(args[args.index("--bad-every") + 1]) if "--bad-every" in args else 0
    seed = int(args[args.index("--seed") + 1]) if "--seed" in args else 42
    rnd = random.Random(seed)
    samples = [json.load(open(p, encoding="utf-8")) for p in SAMPLES]
    out = sys.stdout
    for i in range(1, n + 1):
        if bad_every and i % bad_every == 0:
            out.write(rnd.choice(['{"schemaVersion":1,"id":"pc-%07d","host":{"os":{"build":"19045"}}}' % i,
                                  '{"schemaVersion":1,"id":"pc-%07d","host":{' % i,
                                  'not json at all']) + "\n")
            continue
        doc = json.loads(json.dumps(rnd.choice(samples)))
        doc["id"] = "pc-%07d" % i
        host = doc.setdefault("host", {})
        os_ = host.get("os")
        if isinstance(os_, dict) and rnd.random() < 0.5 and "Server" not in str(os_.get("edition", "")):
            os_["build"] = rnd.choice(BUILDS)
            if "displayVersion" in os_:
                os_["displayVersion"] = DISPLAY_VERSIONS[os_["build"]]
        hw = host.get("hardware")
        if isinstance(hw, dict):
            if rnd.random() < 0.4:
                hw["memoryMb"] = rnd.choice([4096, 8192, 16384, 32768, 65536])
            if rnd.random() < 0.1:
                hw.pop("virtualizationFirmwareEnabled", None)
        feats = host.get("features")
        if isinstance(feats, dict) and rnd.random() < 0.3:
            key = rnd.choice(sorted(feats))
            feats[key] = rnd.choice(FEATURE_STATES)
        answers = doc.get("answers")
        if isinstance(answers, dict):
            for _ in range(rnd.randint(0, 3)):
                key = rnd.choice(ANSWER_KEYS)
                if rnd.random() < 0.15:
                    answers.pop(key, None)
                else:
                    answers[key] = rnd.random() < 0.3
        out.write(json.dumps(doc, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
