docker build -t python-helloworld .
echo "# a second change" >> app.py
docker build -t python-helloworld .
docker history python-helloworld
