from haihe_desk.cli.main import main

raise SystemExit(main())
