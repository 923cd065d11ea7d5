// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package interfaces

// AttributeDescriber is implemented by interfaces whose plugs or slots
// take attributes: it says, in words, what each attribute means and
// which values its sanitizer accepts, and gives examples that the
// sanitizer accepts. It feeds reference documentation (snapiface docs)
// and reviewers; nothing decides or renders from it. It is optional for
// an interface, but every interface with a PlugSanitizer or a
// SlotSanitizer implements it, and the catalogue's registry test keeps
// each description honest: every example must pass the sanitizers,
// every attribute an example uses must be described, and taking a
// required attribute out of an example must make it fail.
type AttributeDescriber interface {
	// Attributes returns the description; callers must not change it.
	Attributes() AttributeDoc
}

// AttributeDoc describes the attributes of an interface's plugs and
// slots.
type AttributeDoc struct {
	// Attributes are described in the order a reader needs them:
	// plug attributes first, then the slot's.
	Attributes []Attribute
	// Examples are attributes a plug, a slot or both (a pair that
	// connects) may carry, each accepted by the sanitizers; at least
	// one.
	Examples []AttributeExample
}

// Attribute describes one attribute of a plug or a slot.
type Attribute struct {
	// Side is "plug" or "slot", as SanitizeError.Side.
	Side string
	// Name is the attribute's key in snap.yaml.
	Name string
	// Type is how the value is written in snap.yaml: one of the
	// AttrType constants.
	Type string
	// Required says whether a plug or slot without it is refused.
	Required bool
	// Default is the value an absent attribute stands for, in words
	// ("false", "the plug's name"); "" when absence means nothing more.
	Default string
	// Description says what the attribute does and what its sanitizer
	// accepts, in sentences of plain text.
	Description string
}

// AttributeExample is one set of attributes the sanitizers accept.
type AttributeExample struct {
	// Title says what the example shows, as a phrase: "a plug that
	// runs the browser's own sandbox".
	Title string
	// Plug and Slot are the attributes, as snap.yaml gives them
	// (integers as int64, lists as []interface{}, maps as
	// map[string]interface{}); nil for a side the example leaves out.
	Plug map[string]interface{}
	Slot map[string]interface{}
	// Daemon, when set, is an app that the example's attributes name
	// and that must be a daemon of the snap (snap-interfaces-requests-
	// control's handler-service).
	Daemon string
}

// The types of Attribute.Type.
const (
	AttrTypeString       = "string"
	AttrTypeBool         = "boolean"
	AttrTypeInt          = "integer"
	AttrTypeStringList   = "list of strings"
	AttrTypeStringOrList = "string or list of strings"
	AttrTypeMap          = "map"
	AttrTypeMapList      = "list of maps"
)

// AttrTypes lists every value Attribute.Type may take.
var AttrTypes = []string{AttrTypeString, AttrTypeBool, AttrTypeInt, AttrTypeStringList, AttrTypeStringOrList, AttrTypeMap, AttrTypeMapList}
