// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

// Package docsite builds the reference of the interface catalogue, from
// the catalogue itself, so that it cannot disagree with what is
// rendered: an index of every interface and a page for each, saying
// what it grants (its policy text, grouped by its comments), who may
// use it (the base declaration's rules in sentences, and what they
// decide on classic and Ubuntu Core), its attributes
// (interfaces.AttributeDescriber), what this library does not render,
// and examples of snap.yaml. Site.Render writes it as a static HTML
// site or as Markdown.
//
// It sits above the catalogue and the policy package, which never
// import it; it runs nothing and needs no cgo, so a store or a
// documentation build can import it.
package docsite
