// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package main

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/snapiface/snapiface/interfaces/auditlog"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/interfaces/explain"
	"github.com/snapiface/snapiface/snap"
)

func init() {
	addCommand(&command{
		name: "explain-denial",
		usage: "explain-denial [FILE|-] [--core] [--declaration FILE]... [--snap SNAP_YAML]...\n" +
			"                       [--connected SNAP:PLUG]... [--all] [--json]",
		summary: "say which interfaces would allow the AppArmor, D-Bus and seccomp denials of a log",
		run:     runExplainDenial,
	})
}

// explainOutput is what explain-denial prints with --json.
type explainOutput struct {
	// Denials are the explanations of the lines that hold a record
	// (every line with --all).
	Denials []*explain.Explanation `json:"denials"`
	// Skipped counts the lines left out: they hold no record.
	Skipped int `json:"skipped"`
}

// runExplainDenial reads a log (journalctl, dmesg, syslog or audit.log
// lines, from FILE or stdin) and explains each denial it holds. Lines
// that hold no record are counted, and shown with why under --all.
func runExplainDenial(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("explain-denial", stderr)
	onCore := fs.Bool("core", false, "explain for Ubuntu Core instead of a classic distribution")
	all := fs.Bool("all", false, "show the lines that hold no denial record too, with why")
	asJSON := fs.Bool("json", false, "print JSON")
	var declFiles, snapFiles, connected stringList
	fs.Var(&declFiles, "declaration", "a snap declaration (for the snap its snap-name names), or a base declaration replacing the built-in one (repeatable)")
	fs.Var(&snapFiles, "snap", "the snap.yaml of a denied snap: its own plug names the command to try (repeatable)")
	fs.Var(&connected, "connected", "a plug (SNAP:PLUG) connected now: a grant through it is marked so (repeatable)")
	pos, err := parseArgs(fs, args, 0, 1)
	if err != nil {
		return err
	}
	opts := explain.Options{System: builtin.Classic}
	if *onCore {
		opts.System = builtin.Core
	}
	if opts.Base, opts.SnapDeclarations, err = loadDeclarations(declFiles); err != nil {
		return err
	}
	for _, path := range snapFiles {
		info, err := snap.ReadInfo(path)
		if err != nil {
			return err
		}
		opts.Snaps = append(opts.Snaps, info)
	}
	for _, ref := range connected {
		if err := checkPlugRef(ref, opts.Snaps); err != nil {
			return err
		}
		opts.Connected = append(opts.Connected, ref)
	}
	e, err := explain.New(opts)
	if err != nil {
		return err
	}
	name := "-"
	if len(pos) == 1 {
		name = pos[0]
	}
	lines, err := readLog(name)
	if err != nil {
		return err
	}
	out := &explainOutput{Denials: []*explain.Explanation{}}
	for _, ex := range e.ExplainLines(lines) {
		if !ex.Understood && !*all {
			out.Skipped++
			continue
		}
		out.Denials = append(out.Denials, ex)
	}
	if *asJSON {
		return writeJSON(stdout, out)
	}
	known := map[string]bool{}
	for _, info := range opts.Snaps {
		known[info.InstanceName()] = true
	}
	writeExplanations(stdout, out, name, known)
	return nil
}

// checkPlugRef checks a --connected value: SNAP:PLUG, and a plug the
// snap has when its snap.yaml is given.
func checkPlugRef(ref string, snaps []*snap.Info) error {
	snapName, plug, ok := strings.Cut(ref, ":")
	if !ok || snapName == "" || plug == "" {
		return fmt.Errorf("cannot use --connected %q: want SNAP:PLUG", ref)
	}
	for _, info := range snaps {
		if info.InstanceName() == snapName && info.Plugs[plug] == nil {
			return fmt.Errorf("cannot use --connected %q: snap %q has no plug %q", ref, snapName, plug)
		}
	}
	return nil
}

// readLog reads the lines of a log file, or of stdin for "-".
func readLog(name string) ([]auditlog.Line, error) {
	r := io.Reader(os.Stdin)
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, fmt.Errorf("cannot read log: %w", err)
		}
		defer f.Close()
		r = f
	}
	lines, err := auditlog.Read(r)
	if err != nil {
		if name == "-" {
			name = "stdin"
		}
		return nil, fmt.Errorf("cannot read log %s: %w", name, err)
	}
	return lines, nil
}

// writeExplanations prints a paragraph per line: what was denied, the
// verdict, and each interface that would allow it with the command to
// try, policy's reason and the rules that allow it. For the snaps
// whose snap.yaml was given (known), it says which plug the snap must
// declare first.
func writeExplanations(w io.Writer, out *explainOutput, name string, known map[string]bool) {
	if name == "-" {
		name = "stdin"
	}
	for i, ex := range out.Denials {
		if i > 0 {
			fmt.Fprintln(w)
		}
		if !ex.Understood {
			fmt.Fprintf(w, "line %d: %s\n", ex.Line, ex.Verdict)
			continue
		}
		what := strings.Join(ex.Accesses, "; ")
		if ex.Syscall != nil {
			what = fmt.Sprintf("syscall %s (%s %d)", ex.Syscall.Name, ex.Syscall.Arch, ex.Syscall.Number)
		}
		subject := ex.Label
		if ex.Tag != "" {
			subject = ex.Tag
		}
		fmt.Fprintf(w, "line %d: %s denied %s\n", ex.Line, subject, what)
		fmt.Fprintf(w, "  %s\n", ex.Verdict)
		for _, g := range ex.Grants {
			note := g.Decision
			if g.Connected {
				note += ", connected already: reload the snap's profiles"
			} else if known[ex.Snap] && !g.PlugDeclared {
				note += fmt.Sprintf(", declare plug %q in snap.yaml", g.Plug)
			}
			fmt.Fprintf(w, "  - %s (%s): %s\n", g.Interface, note, g.Command)
			if attrs := attrsText(g.PlugAttrs); attrs != "" {
				fmt.Fprintf(w, "      plug attributes: %s\n", attrs)
			}
			if attrs := attrsText(g.SlotAttrs); attrs != "" {
				fmt.Fprintf(w, "      slot attributes: %s\n", attrs)
			}
			fmt.Fprintf(w, "      policy: %s\n", g.Reason)
			for _, r := range g.Rules {
				fmt.Fprintf(w, "      rule: %s\n", r)
			}
		}
	}
	if len(out.Denials) == 0 {
		fmt.Fprintf(w, "no denial records in %s\n", name)
	}
	if out.Skipped > 0 {
		fmt.Fprintf(w, "\n%d lines of %s hold no denial record (--all shows them)\n", out.Skipped, name)
	}
}

// attrsText writes attributes as snap.yaml would, on one line.
func attrsText(attrs map[string]interface{}) string {
	if len(attrs) == 0 {
		return ""
	}
	keys := make([]string, 0, len(attrs))
	for k := range attrs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s: %v", k, attrs[k])
	}
	return strings.Join(parts, ", ")
}
