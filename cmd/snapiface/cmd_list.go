// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package main

import (
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

func init() {
	addCommand(&command{
		name:    "list",
		usage:   "list [--json]",
		summary: "list every interface of the catalogue with its summary",
		run:     runList,
	})
}

type listEntry struct {
	Name    string `json:"name"`
	Summary string `json:"summary"`
}

func runList(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("list", stderr)
	asJSON := fs.Bool("json", false, "print JSON")
	if _, err := parseArgs(fs, args, 0, 0); err != nil {
		return err
	}
	var entries []listEntry
	for _, iface := range builtin.Interfaces() {
		entries = append(entries, listEntry{Name: iface.Name(), Summary: iface.StaticInfo().Summary})
	}
	if *asJSON {
		return writeJSON(stdout, entries)
	}
	w := tabwriter.NewWriter(stdout, 0, 8, 2, ' ', 0)
	fmt.Fprintln(w, "Interface\tSummary")
	for _, e := range entries {
		fmt.Fprintf(w, "%s\t%s\n", e.Name, e.Summary)
	}
	return w.Flush()
}

func writeJSON(w io.Writer, v interface{}) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
