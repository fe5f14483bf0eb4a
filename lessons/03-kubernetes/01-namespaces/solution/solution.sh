kubectl cluster-info
kubectl get namespaces
kubectl get pods -n kube-system
kubectl create namespace dev
kubectl create deployment hello --image=nginx:1.27 -n dev
kubectl get deployments -n dev
kubectl config set-context --current --namespace=dev
kubectl get deployments
kubectl config set-context --current --namespace=default
