// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package main

import (
	"io"

	"github.com/snapiface/snapiface/interfaces/policy"
)

func init() {
	addCommand(&command{
		name:    "base-declaration",
		usage:   "base-declaration",
		summary: "print the base declaration composed from the catalogue",
		run:     runBaseDeclaration,
	})
}

func runBaseDeclaration(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("base-declaration", stderr)
	if _, err := parseArgs(fs, args, 0, 0); err != nil {
		return err
	}
	text, err := policy.BuiltinBaseDeclaration()
	if err != nil {
		return err
	}
	_, err = stdout.Write(text)
	return err
}
