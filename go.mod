module github.com/snapiface/snapiface

go 1.22

require (
	github.com/seccomp/libseccomp-golang v0.11.1
	golang.org/x/net v0.35.0
	golang.org/x/sys v0.30.0
	gopkg.in/check.v1 v1.0.0-20201130134442-10cb98267c6c
	gopkg.in/yaml.v2 v2.4.0
)

require (
	github.com/kr/pretty v0.2.1 // indirect
	github.com/kr/text v0.1.0 // indirect
)
