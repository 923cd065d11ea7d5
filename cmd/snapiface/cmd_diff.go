// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"gopkg.in/yaml.v2"

	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/interfaces/permdiff"
	"github.com/snapiface/snapiface/interfaces/policy"
	"github.com/snapiface/snapiface/snap"
)

func init() {
	addCommand(&command{
		name: "diff",
		usage: "diff OLD NEW [--core] [--declaration FILE]... [--json]\n" +
			"                       OLD and NEW: two snap.yaml revisions, or two base declarations;\n" +
			"                       exit 0: nothing widens, 1: access widens, 2: error",
		summary: "say what a refresh (or a new base declaration) changes: plugs, slots, decisions, rules",
		run:     runDiff,
	})
}

// runDiff compares two snap.yaml revisions or two base declarations. It
// exits as diff(1) does, for a publisher's CI: 0 when nothing widens,
// 1 when the new one may do (or be allowed) more, 2 on an error.
func runDiff(args []string, stdout, stderr io.Writer) error {
	if err := diff(args, stdout, stderr); err != nil {
		if _, ok := err.(*exitError); !ok {
			fmt.Fprintf(stderr, "snapiface diff: %v\n", err)
			return &exitError{code: 2}
		}
		return err
	}
	return nil
}

func diff(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("diff", stderr)
	onCore := fs.Bool("core", false, "compare on Ubuntu Core instead of a classic distribution")
	asJSON := fs.Bool("json", false, "print JSON")
	var declFiles stringList
	fs.Var(&declFiles, "declaration", "a snap declaration (for the snap its snap-name names), or a base declaration replacing the built-in one (repeatable; snap.yaml revisions only)")
	pos, err := parseArgs(fs, args, 2, 2)
	if err != nil {
		return err // a flag error is exit status 2 already
	}
	opts := permdiff.Options{System: builtin.Classic}
	if *onCore {
		opts.System = builtin.Core
	}
	oldBase, err := isBaseDeclaration(pos[0])
	if err != nil {
		return err
	}
	newBase, err := isBaseDeclaration(pos[1])
	if err != nil {
		return err
	}
	var report *permdiff.Report
	switch {
	case oldBase != newBase:
		return fmt.Errorf("cannot compare %s with %s: one is a base declaration, the other not", pos[0], pos[1])
	case oldBase:
		if len(declFiles) > 0 {
			return fmt.Errorf("cannot use --declaration when comparing base declarations")
		}
		var decls [2]*policy.Declaration
		for i, path := range pos {
			if decls[i], err = readDeclaration(path); err != nil {
				return err
			}
			if err := decls[i].CheckBase(); err != nil {
				return err
			}
		}
		if report, err = permdiff.Declarations(decls[0], decls[1], opts); err != nil {
			return err
		}
	default:
		if opts.Base, opts.SnapDeclarations, err = loadDeclarations(declFiles); err != nil {
			return err
		}
		var infos [2]*snap.Info
		for i, path := range pos {
			if infos[i], err = snap.ReadInfo(path); err != nil {
				return err
			}
		}
		if report, err = permdiff.Snaps(infos[0], infos[1], opts); err != nil {
			return err
		}
	}
	if *asJSON {
		if err := writeJSON(stdout, report); err != nil {
			return err
		}
	} else {
		writeDiff(stdout, report)
	}
	if report.Widens {
		return &exitError{code: 1}
	}
	return nil
}

// isBaseDeclaration says whether a file is a base declaration: YAML
// whose type is base-declaration. Anything else is taken for a
// snap.yaml, which its reader then checks.
func isBaseDeclaration(path string) (bool, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return false, fmt.Errorf("cannot read %s: %w", path, unwrapPath(err))
	}
	var head struct {
		Type interface{} `yaml:"type"`
	}
	if yaml.Unmarshal(data, &head) != nil {
		return false, nil
	}
	return head.Type == "base-declaration", nil
}

// writeDiff prints a report: what changes, grouped, and a last line
// that says whether access widens.
func writeDiff(w io.Writer, r *permdiff.Report) {
	if r.Kind == "snap" {
		fmt.Fprintf(w, "snap %s\n", r.Snap)
	} else {
		fmt.Fprintln(w, "base declaration")
	}
	if len(r.Endpoints) > 0 {
		fmt.Fprintln(w, "\nplugs and slots:")
		for _, e := range r.Endpoints {
			switch e.Change {
			case "changed":
				fmt.Fprintf(w, "  ~ %s %s: %s -> %s\n", e.Side, e.Name, e.Old, e.New)
			case "added":
				fmt.Fprintf(w, "  + %s %s (interface %s)\n", e.Side, e.Name, e.Interface)
			default:
				fmt.Fprintf(w, "  - %s %s (interface %s)\n", e.Side, e.Name, e.Interface)
			}
		}
	}
	if len(r.Decisions) > 0 {
		fmt.Fprintln(w, "\ndecisions:")
		for _, d := range r.Decisions {
			mark := " "
			if d.Widens {
				mark = "+"
			}
			fmt.Fprintf(w, "  %s %s: %s -> %s\n", mark, d.Subject, orNone(d.Old), orNone(d.New))
			if d.NewReason != "" {
				fmt.Fprintf(w, "      %s\n", d.NewReason)
			} else if d.OldReason != "" {
				fmt.Fprintf(w, "      was: %s\n", d.OldReason)
			}
		}
	}
	for _, t := range r.Tags {
		fmt.Fprintf(w, "\n%s (%s):\n", t.Tag, t.Change)
		for _, i := range t.Interfaces {
			name := i.Interface
			if name == "" {
				name = "(base template)"
			}
			fmt.Fprintf(w, "  %s:\n", name)
			writeRuleChanges(w, "+", "apparmor", i.Gained)
			writeRuleChanges(w, "-", "apparmor", i.Lost)
			writeRuleChanges(w, "+", "seccomp", i.SyscallsGained)
			writeRuleChanges(w, "-", "seccomp", i.SyscallsLost)
		}
	}
	fmt.Fprintln(w)
	what := "access"
	if r.Kind != "snap" {
		what = "policy"
	}
	switch {
	case r.Widens:
		fmt.Fprintf(w, "%s widens\n", what)
	case len(r.Endpoints) == 0 && len(r.Decisions) == 0 && len(r.Tags) == 0:
		fmt.Fprintln(w, "no change")
	default:
		fmt.Fprintf(w, "%s does not widen\n", what)
	}
	switch {
	case r.Review && r.Kind == "snap":
		fmt.Fprintln(w, "the new revision needs a snap declaration (a store's manual review) for some of its plugs or slots")
	case r.Review:
		fmt.Fprintln(w, "under the new declaration, some plugs or slots need a snap declaration (a store's manual review) where they did not")
	}
}

func orNone(decision string) string {
	if decision == "" {
		return "(none)"
	}
	return decision
}

// writeRuleChanges prints rules gained (+) or lost (-) and the
// accesses that change with them; a rule that changes no access is
// marked "=".
func writeRuleChanges(w io.Writer, sign, backend string, rules []permdiff.RuleChange) {
	for _, r := range rules {
		mark := sign
		if !r.Changes {
			mark = "="
		}
		note := ""
		switch {
		case !r.Changes:
			note = "  (no access changes)"
		case r.Unsampled:
			note = "  (not sampled: taken to change access)"
		}
		fmt.Fprintf(w, "    %s %s %s%s\n", mark, backend, r.Rule, note)
		if r.Changes && len(r.Accesses) > 0 && !(backend == "seccomp") {
			fmt.Fprintf(w, "        %s\n", strings.Join(r.Accesses, "; "))
		}
	}
}
