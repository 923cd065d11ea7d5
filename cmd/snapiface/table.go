// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/docsite"
)

// outputMode is how connections and list print: a compact table, the
// detailed explanation, or JSON.
type outputMode int

const (
	modeTable outputMode = iota
	modeExplain
	modeJSON
)

// outputFlags are the flags that choose the output mode.
type outputFlags struct {
	table, explain, json *bool
}

// addOutputFlags adds --table, --explain and --json to a flag set.
func addOutputFlags(fs *flag.FlagSet) outputFlags {
	return outputFlags{
		table:   fs.Bool("table", false, "print a compact table (the default on a terminal)"),
		explain: fs.Bool("explain", false, "print the detailed explanation of each decision"),
		json:    fs.Bool("json", false, "print JSON"),
	}
}

// mode returns the mode the flags ask for, at most one of them; without
// any, the table on a terminal and def elsewhere.
func (f outputFlags) mode(stdout io.Writer, def outputMode) (outputMode, error) {
	var set []string
	mode := def
	for _, o := range []struct {
		name string
		on   bool
		mode outputMode
	}{{"--table", *f.table, modeTable}, {"--explain", *f.explain, modeExplain}, {"--json", *f.json, modeJSON}} {
		if o.on {
			set = append(set, o.name)
			mode = o.mode
		}
	}
	switch {
	case len(set) > 1:
		return 0, fmt.Errorf("cannot use %s and %s together", set[0], set[1])
	case len(set) == 0 && isTerminal(stdout):
		return modeTable, nil
	}
	return mode, nil
}

// isTerminal says whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && isTerminalFd(f.Fd())
}

// writeConnectionsTable prints the decisions as snap connections
// prints connections: a row per plug and candidate slot, sorted by
// interface, plug and slot, with the decision as the note. Snaps whose
// installation is denied and slots dropped when their snap was added
// are said in a line each before it; --explain says why.
func writeConnectionsTable(w io.Writer, out *connectionsOutput) error {
	for _, s := range out.Snaps {
		if !s.Install.Allowed {
			fmt.Fprintf(w, "snap %s: installation denied (--explain says why)\n", s.Name)
		}
	}
	for _, d := range out.Dropped {
		if d.Side == "slot" {
			fmt.Fprintf(w, "dropped slot %s:%s (interface %q): %s\n", d.Snap, d.Name, d.Interface, d.Reason)
		}
	}
	rows := make([][4]string, 0, len(out.Plugs))
	for _, p := range out.Plugs {
		slot := "-"
		if p.Slot != nil {
			slot = *p.Slot
		}
		rows = append(rows, [4]string{p.Interface, p.Snap + ":" + p.Plug, slot, p.Decision})
	}
	sort.SliceStable(rows, func(i, j int) bool {
		a, b := rows[i], rows[j]
		return a[0] < b[0] || a[0] == b[0] && (a[1] < b[1] || a[1] == b[1] && a[2] < b[2])
	})
	tw := tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)
	fmt.Fprintln(tw, "Interface\tPlug\tSlot\tNotes")
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r[0], r[1], r[2], r[3])
	}
	return tw.Flush()
}

// outcomeCell is an outcome of the reference in a table cell.
func outcomeCell(o docsite.Outcome) string {
	if o == docsite.NoSlot {
		return "-"
	}
	return string(o)
}

// listNotes says, for the list's table, what needs a snap declaration
// (decl-plug: carrying the plug, decl-slot: offering the slot,
// decl-connect: connecting) and whether the plug or slot takes
// attributes (attrs).
func listNotes(p *docsite.Page) string {
	var notes []string
	for _, what := range p.NeedsDeclaration {
		switch what {
		case "plug":
			notes = append(notes, "decl-plug")
		case "slot":
			notes = append(notes, "decl-slot")
		case "connection":
			notes = append(notes, "decl-connect")
		}
	}
	if len(p.PlugAttributes)+len(p.SlotAttributes) > 0 {
		notes = append(notes, "attrs")
	}
	if len(notes) == 0 {
		return "-"
	}
	return strings.Join(notes, ", ")
}

// writeListTable prints the catalogue as a table: each interface, what
// a plug gets from the system's slot on classic and on Ubuntu Core
// (auto, manual, denied, or - without such a slot), notes, and the
// summary.
func writeListTable(w io.Writer, site *docsite.Site) error {
	tw := tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)
	fmt.Fprintln(tw, "Interface\tClassic\tCore\tNotes\tSummary")
	for _, p := range site.Pages {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", p.Name, outcomeCell(p.Classic), outcomeCell(p.Core), listNotes(p), p.Summary)
	}
	return tw.Flush()
}

// writeListExplain prints each interface with what the base declaration
// decides, its rules in sentences, and its attributes.
func writeListExplain(w io.Writer, site *docsite.Site) {
	for i, p := range site.Pages {
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "%s: %s\n", p.Name, p.Summary)
		for _, t := range p.Outcomes {
			fmt.Fprintf(w, "    %s\n", t)
		}
		for _, r := range p.Rules {
			fmt.Fprintf(w, "  %s:\n", strings.ToLower(r.Title))
			for _, t := range r.Sentences {
				fmt.Fprintf(w, "    %s\n", t)
			}
		}
		for _, a := range append(append([]interfaces.Attribute(nil), p.PlugAttributes...), p.SlotAttributes...) {
			req := "optional"
			if a.Required {
				req = "required"
			}
			fmt.Fprintf(w, "  %s attribute %s (%s, %s): %s\n", a.Side, a.Name, a.Type, req, a.Description)
		}
	}
}
