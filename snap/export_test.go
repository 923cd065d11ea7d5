// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package snap

import "gopkg.in/yaml.v2"

// TooDeep is tooDeep, for the tests of its soundness.
var TooDeep = tooDeep

// NormalizeBreaks is normalizeBreaks: yaml.v2's lines.
var NormalizeBreaks = normalizeBreaks

// TooMany is tooMany, for the tests of its soundness.
var TooMany = tooMany

// CountValues returns the values of data as written, its root, keys
// and nulls included (as decode counts them, but keeping keys given
// twice, which yaml.v2 collapses), or -1 when it is not YAML.
func CountValues(data []byte) int {
	var root *written
	if yaml.Unmarshal(data, &root) != nil {
		return -1
	}
	return root.count()
}

type written struct{ n int }

func (w *written) count() int {
	if w == nil {
		return 1 // a null
	}
	return w.n
}

func (w *written) UnmarshalYAML(unmarshal func(interface{}) error) error {
	var text string
	if unmarshal(&text) == nil {
		w.n = 1
		return nil
	}
	var m map[writtenKey]*written
	if err := unmarshal(&m); err == nil {
		w.n = 1
		for _, v := range m {
			w.n += 1 + v.count()
		}
		return nil
	}
	var seq []*written
	if err := unmarshal(&seq); err != nil {
		return err
	}
	w.n = 1
	for _, v := range seq {
		w.n += v.count()
	}
	return nil
}

// writtenKey gives every key it decodes an id of its own, so that a
// key given twice stays twice in a map.
type writtenKey struct{ id int }

var writtenKeys int

func (k *writtenKey) UnmarshalYAML(unmarshal func(interface{}) error) error {
	var text string
	if err := unmarshal(&text); err != nil {
		return err
	}
	writtenKeys++
	k.id = writtenKeys
	return nil
}
