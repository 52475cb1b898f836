from plgtui.cli import main

raise SystemExit(main())
