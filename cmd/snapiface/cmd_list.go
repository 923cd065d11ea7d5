// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package main

import (
	"encoding/json"
	"io"

	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/interfaces/docsite"
)

func init() {
	addCommand(&command{
		name:    "list",
		usage:   "list [--table | --explain | --json]",
		summary: "list every interface of the catalogue: how it connects on classic and Core, and its summary",
		run:     runList,
	})
}

type listEntry struct {
	Name    string `json:"name"`
	Summary string `json:"summary"`
}

func runList(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("list", stderr)
	output := addOutputFlags(fs)
	if _, err := parseArgs(fs, args, 0, 0); err != nil {
		return err
	}
	// The table everywhere: list printed one before, now with more
	// columns.
	mode, err := output.mode(stdout, modeTable)
	if err != nil {
		return err
	}
	if mode == modeJSON {
		var entries []listEntry
		for _, iface := range builtin.Interfaces() {
			entries = append(entries, listEntry{Name: iface.Name(), Summary: iface.StaticInfo().Summary})
		}
		return writeJSON(stdout, entries)
	}
	site, err := docsite.Build()
	if err != nil {
		return err
	}
	if mode == modeExplain {
		writeListExplain(stdout, site)
		return nil
	}
	return writeListTable(stdout, site)
}

func writeJSON(w io.Writer, v interface{}) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
