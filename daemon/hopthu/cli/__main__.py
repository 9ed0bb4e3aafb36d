from hopthu.cli import main

main()
