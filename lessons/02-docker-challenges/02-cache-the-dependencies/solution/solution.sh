docker build -t python-helloworld .
echo "# tweak" >> app.py
docker build -t python-helloworld .
